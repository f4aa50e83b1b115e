// SPDX-License-Identifier: GPL-3.0-or-later
//
// libproxy, loaded when it is first asked for a proxy instead of at every start.
//
// Debian's Qt Network links libproxy, and libproxy pulls in some 30 more libraries (libcurl and its
// TLS, LDAP, SSH and HTTP/3 stack, GIO, Duktape): loading them took 9 ms of every start of
// rexec-local and 10-13 ms of rexec-desktop's, measured on the build machine, while rexec-local
// never asks for a proxy and the desktop app asks only when it talks to a remote server. This
// library has libproxy's soname and its versioned symbols; both executables list it among their
// own dependencies, so the dynamic loader loads it before Qt Network's and takes it for libproxy.
// Its functions open the real libproxy (REXEC_SYSTEM_LIBPROXY, found when the project was
// configured) on the first call and hand every call over to it, so proxies work exactly as
// before. Without the real library, there is no proxy: every URL is "direct://".
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

struct RealLibproxy {
    void *(*factoryNew)() = nullptr;
    void *(*factoryCopy)(void *) = nullptr;
    char **(*getProxies)(void *, const char *) = nullptr;
    void (*freeProxies)(char **) = nullptr;
    void (*factoryFree)(void *) = nullptr;
    unsigned long (*getType)() = nullptr;
    bool loaded = false;
};

template<typename Function>
bool resolve(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}

RealLibproxy load()
{
    RealLibproxy real;
    // RTLD_LOCAL: its symbols must not take the place of ours for anybody else.
    void *library = dlopen(REXEC_SYSTEM_LIBPROXY, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        std::fprintf(stderr, "rexec: cannot load libproxy (%s); connecting without a proxy\n", dlerror());
        return real;
    }
    real.loaded = resolve(library, "px_proxy_factory_new", real.factoryNew)
        && resolve(library, "px_proxy_factory_get_proxies", real.getProxies)
        && resolve(library, "px_proxy_factory_free_proxies", real.freeProxies)
        && resolve(library, "px_proxy_factory_free", real.factoryFree);
    if (!real.loaded) {
        std::fprintf(stderr, "rexec: %s lacks a libproxy function; connecting without a proxy\n",
                     REXEC_SYSTEM_LIBPROXY);
        return RealLibproxy{};
    }
    // Only libproxy 0.5 has these; GIO modules use them, Qt does not.
    resolve(library, "px_proxy_factory_copy", real.factoryCopy);
    resolve(library, "px_proxy_factory_get_type", real.getType);
    return real;
}

const RealLibproxy &real()
{
    static const RealLibproxy library = load(); // thread-safe: Qt may ask from its own thread
    return library;
}

// What a factory is when the real library is missing: Qt aborts on a null factory.
char g_directFactory;

char **directOnly()
{
    auto **proxies = static_cast<char **>(std::calloc(2, sizeof(char *)));
    if (proxies)
        proxies[0] = strdup("direct://");
    return proxies;
}

} // namespace

extern "C" {

void *px_proxy_factory_new()
{
    return real().loaded ? real().factoryNew() : &g_directFactory;
}

void *px_proxy_factory_copy(void *factory)
{
    if (real().factoryCopy)
        return real().factoryCopy(factory);
    // Without the real library our factory is a constant; a libproxy without copy() has no copy
    // to give (returning the same pointer would have it freed twice).
    return real().loaded ? nullptr : factory;
}

char **px_proxy_factory_get_proxies(void *factory, const char *url)
{
    return real().loaded ? real().getProxies(factory, url) : directOnly();
}

void px_proxy_factory_free_proxies(char **proxies)
{
    if (real().loaded) {
        real().freeProxies(proxies);
        return;
    }
    if (!proxies)
        return;
    for (char **proxy = proxies; *proxy; ++proxy)
        std::free(*proxy);
    std::free(proxies);
}

void px_proxy_factory_free(void *factory)
{
    if (real().loaded)
        real().factoryFree(factory);
}

unsigned long px_proxy_factory_get_type()
{
    return real().getType ? real().getType() : 0;
}

} // extern "C"
