#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace coro {

/**
 * @brief Copies the images a program wrote out of its working directory, so that the console
 * can show them after the run's directory is gone.
 *
 * The copies live in one temporary directory per application run, removed with this object
 * (and so when the app quits). Only PNG, JPEG, GIF and SVG files are taken, each at most
 * kMaxBytes and at most kMaxImages per run, and only when their content is of the type their
 * name says; each run's copies get their own folder, so a re-run's plot.png is never an
 * image cached from the last run.
 */
class RunImages
{
    Q_DECLARE_TR_FUNCTIONS(RunImages)
public:
    static constexpr qint64 kMaxBytes = 10'000'000;
    static constexpr int kMaxImages = 20;
    /// Larger pictures are not decoded (a small PNG can claim gigapixels).
    static constexpr int kMaxSide = 8192;

    struct Image
    {
        QString name; ///< As the program named it, relative to its working directory.
        QUrl url;     ///< Coro's copy; empty when it was not taken.
        QString note; ///< Why it was not taken.
    };

    RunImages();
    ~RunImages();

    /// The images among @p files (relative to @p workDir), copied; the files that are not
    /// images are left out silently, images that cannot be shown come with a note.
    QList<Image> collect(const QString &workDir, const QStringList &files);
    /// Whether @p name looks like an image the console shows.
    static bool isImageName(const QString &name);
    /// Where the copies are (empty until the first image).
    QString directory() const;

private:
    bool ensureDirectory();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_runs = 0;
};

} // namespace coro
