# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of app/local/ (rexec-local: the Rexec API over bubblewrap sandboxes), a library of its own (rexec_local).
set(REXEC_LOCAL_SOURCES
    local/containermanager.cpp local/containermanager.h
    local/eventshub.cpp local/eventshub.h
    local/httpgate.cpp local/httpgate.h
    local/localconfig.h
    local/localcontainer.cpp local/localcontainer.h
    local/localcli.cpp local/localcli.h
    local/localfileroutes.cpp
    local/localimage.cpp local/localimage.h
    local/localsecurityroutes.cpp
    local/localserver.cpp local/localserver.h
    local/multipart.cpp local/multipart.h
    local/nsspawn.cpp local/nsspawn.h
    local/pty.cpp local/pty.h
    local/ratelimiter.cpp local/ratelimiter.h
    local/sandbox.cpp local/sandbox.h
    local/sandboxfiles.cpp local/sandboxfiles.h
    local/sandboxusage.cpp local/sandboxusage.h
    local/terminalendpoint.cpp local/terminalendpoint.h
    local/tokenstore.cpp local/tokenstore.h
    local/totp.cpp local/totp.h
)
