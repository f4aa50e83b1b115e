// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rexec {

// Qt builds a QSslConfiguration inside every QHttpServerRequest and QWebSocket, even over plain
// HTTP, and the first one loads the TLS plugin and scans the system's CA folders: about 100 ms
// measured here, paid by the first request otherwise. This starts that work on a pool thread,
// where it overlaps the rest of start-up; Qt's TLS initialisation is guarded by its own mutex.
void warmUpTlsInBackground();

} // namespace rexec
