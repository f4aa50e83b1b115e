// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QProcessEnvironment>

namespace rexec::test {

QString binaryDir()
{
    return qEnvironmentVariable("REXEC_BIN_DIR");
}

QString screenshotDir()
{
    return qEnvironmentVariable("REXEC_SCREENSHOT_DIR", QDir::tempPath());
}

QString saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = screenshotDir();
    if (!QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return image.save(path, "PNG") ? path : QString();
}

} // namespace rexec::test
