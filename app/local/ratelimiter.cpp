// SPDX-License-Identifier: GPL-3.0-or-later
#include "local/ratelimiter.h"

#include <algorithm>

namespace rexec::local {

RateLimiter::RateLimiter(int limitPerWindow, int windowSeconds)
    : m_limit(limitPerWindow)
    , m_windowMs(qint64(windowSeconds) * 1000)
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::check(const QString &client)
{
    const qint64 now = m_clock.elapsed();
    // Forget finished windows now and then, so that many clients cannot grow the table forever.
    if (m_windows.size() > 4096) {
        m_windows.removeIf([&](const auto &it) { return now - it.value().startedMs >= m_windowMs; });
    }
    Window &window = m_windows[client];
    if (window.count == 0 || now - window.startedMs >= m_windowMs) {
        window.startedMs = now;
        window.count = 0;
    }
    Decision decision;
    decision.limit = m_limit;
    if (m_limit <= 0)
        return decision; // unlimited
    if (window.count >= m_limit) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.retryAfterSeconds = int(std::max<qint64>(1, (window.startedMs + m_windowMs - now + 999) / 1000));
        return decision;
    }
    ++window.count;
    decision.remaining = m_limit - window.count;
    return decision;
}

} // namespace rexec::local
