// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWindow;
class QImage;

namespace rexec::test {

// The folder of the build's executables (rexec-desktop, rexec-local), from the harness.
QString binaryDir();

// Where tests put their screenshots for people to look at: <build>/screenshots.
QString screenshotDir();

// Saves `image` as <screenshotDir>/<name>.png and returns the path, or an empty string on failure.
QString saveScreenshot(const QImage &image, const QString &name);

} // namespace rexec::test
