// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace rexec::local {

// The real server's limiter: a fixed window per client address that starts with the first
// request in it and resets one window later (no token-bucket refill).
class RateLimiter
{
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int retryAfterSeconds = 0;
    };

    explicit RateLimiter(int limitPerWindow, int windowSeconds = 60);

    Decision check(const QString &client);
    int limit() const { return m_limit; }

private:
    struct Window {
        qint64 startedMs = 0;
        int count = 0;
    };
    int m_limit;
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace rexec::local
