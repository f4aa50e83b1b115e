// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace rexec {

// Qt builds a QSslConfiguration inside every QWebSocket (and QHttpServerRequest), even over plain
// HTTP, and so does every QSslCertificate; the first one loads the TLS plugin and every system CA
// certificate (35-45 ms measured here, nearly all of it the certificates). This starts that work
// on a pool thread, where it overlaps the rest of start-up. Qt guards its TLS initialisation with
// a mutex: anything that builds one of those meanwhile waits for the warm-up to end.
// rexec-local, which serves plain HTTP only, uses Qt's certificate-only backend instead.
void warmUpTlsInBackground();

// True from warmUpTlsInBackground() until the warm-up is done: building a QWebSocket now would
// hold this thread until then.
bool isTlsWarmingUp();

// Calls `then` on the thread of `context` (a QObject of the main thread) once no warm-up is in
// flight: at once when none is, later otherwise; never after `context` is gone.
void whenTlsWarm(QObject *context, std::function<void()> then);

} // namespace rexec
