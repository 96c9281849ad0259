#include "runimages.h"

#include "modelslogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace coro {

namespace {
// What the content must say for each name; a file named plot.png holding HTML is not shown.
QByteArray formatFor(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return "png";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "jpeg";
    if (suffix == QLatin1String("gif"))
        return "gif";
    if (suffix == QLatin1String("svg"))
        return "svg";
    return {};
}
} // namespace

RunImages::RunImages() = default;
RunImages::~RunImages() = default;

bool RunImages::isImageName(const QString &name)
{
    return !formatFor(name).isEmpty();
}

QString RunImages::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool RunImages::ensureDirectory()
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/coro-workspace-XXXXXX"));
    }
    return m_dir->isValid();
}

QList<RunImages::Image> RunImages::collect(const QString &workDir, const QStringList &files)
{
    QList<Image> images;
    QString runFolder;
    for (const QString &name : files) {
        const QByteArray format = formatFor(name);
        if (format.isEmpty())
            continue;
        Image image{name, {}, {}};
        if (images.size() >= kMaxImages) {
            image.note = tr("%1 is not shown: only the first %2 images of a run are.")
                             .arg(name)
                             .arg(kMaxImages);
            images << image;
            continue;
        }
        // The runner lists regular files only, and nothing of the run is alive to swap them.
        const QFileInfo source(QDir(workDir).filePath(name));
        if (!source.isFile() || source.isSymLink())
            continue;
        if (source.size() > kMaxBytes) {
            image.note =
                tr("%1 is not shown: it is larger than %2 MB.").arg(name).arg(kMaxBytes / 1000'000);
            images << image;
            continue;
        }
        if (!QImageReader::supportedImageFormats().contains(format)) {
            // Qt's SVG support is a plugin of its own (Debian: libqt6svg6).
            image.note = tr("%1 is not shown: this installation of Qt cannot read %2 images.")
                             .arg(name, QString::fromLatin1(format).toUpper());
            images << image;
            continue;
        }
        QImageReader reader(source.absoluteFilePath(), format);
        reader.setDecideFormatFromContent(true);
        const QSize size = reader.size();
        if (!reader.canRead() || reader.format() != format) {
            image.note = tr("%1 is not shown: it is not a %2 image.")
                             .arg(name, QString::fromLatin1(format).toUpper());
            images << image;
            continue;
        }
        if (size.width() > kMaxSide || size.height() > kMaxSide) {
            image.note = tr("%1 is not shown: it is %2×%3 pixels, larger than %4 on a side.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(kMaxSide);
            images << image;
            continue;
        }
        if (runFolder.isEmpty()) {
            if (!ensureDirectory())
                return images;
            runFolder = QDir(m_dir->path()).filePath(QString::number(++m_runs));
            QDir().mkpath(runFolder);
        }
        // Flattened: the copy's name never reaches outside the run's folder.
        const QString copy = QDir(runFolder).filePath(
            QStringLiteral("%1-%2").arg(images.size()).arg(source.fileName()));
        if (QFile::copy(source.absoluteFilePath(), copy)) {
            image.url = QUrl::fromLocalFile(copy);
        } else {
            qCWarning(lcModels) << "could not copy" << source.absoluteFilePath() << "to" << copy;
            image.note = tr("%1 could not be copied for display.").arg(name);
        }
        images << image;
    }
    return images;
}

} // namespace coro
