#pragma once

#include "fakeresponse.h"

#include <QString>

namespace coro::test {

/**
 * @brief The fake server's speech-to-text endpoint: POST …/audio/transcriptions with an
 *        OpenAI-style multipart form. The transcript names the file, its size and the model,
 *        so a test sees what arrived; "whisper-large-v3…" answers in Groq's shape (x_groq),
 *        "http-NNN" with that status, a missing file or model with 400, key "bad-key" 401.
 */
struct FakeTranscription
{
    struct Part
    {
        QByteArray name;
        QByteArray fileName; ///< Empty for a plain field.
        QByteArray contentType;
        QByteArray content;
    };

    static bool handles(const QByteArray &method, const QString &path);
    static FakeResponse respond(const HttpHeaders &headers, const QByteArray &body);

    /// The parts of a multipart/form-data body; empty when it is not one.
    static QList<Part> parseMultipart(const QByteArray &contentType, const QByteArray &body);
    /// The text a file of @p bytes named @p fileName transcribes to with @p model.
    static QString expectedText(const QString &fileName, qsizetype bytes, const QString &model);
};

} // namespace coro::test
