// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tlswarmup.h"

#include <QSslConfiguration>
#include <QThreadPool>

namespace rexec {

void warmUpTlsInBackground()
{
#if QT_CONFIG(ssl)
    QThreadPool::globalInstance()->start([] { (void)QSslConfiguration::defaultConfiguration(); });
#endif
}

} // namespace rexec
