# SPDX-License-Identifier: GPL-3.0-or-later
# A thin layer over the CMake presets. Every command runs where the dependencies are: natively on a
# host that packages Qt 6.8 and QTermWidget, or in a Debian 13 build root (packaging/buildroot/env.sh).
ENV    := packaging/buildroot/env.sh exec
PRESET ?= default
JOBS   ?= $(shell nproc)

.PHONY: all setup configure build run test test-default test-asan bench screenshots clean format package package-test

all: build

setup:
	packaging/buildroot/env.sh setup

configure: setup
	$(ENV) cmake --preset $(PRESET)

build: configure
	$(ENV) cmake --build --preset $(PRESET) -j $(JOBS)

# Launches the app on its embedded default (local sandboxes on this computer).
run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	    echo "make run: no display (DISPLAY and WAYLAND_DISPLAY are unset); run it from a desktop session" >&2; exit 1; fi
	$(ENV) build/$(PRESET)/bin/rexec-desktop

# The whole suite: every test on the normal build, then the sanitizer build on the non-GUI tests.
test: test-default test-asan

test-default:
	$(MAKE) build PRESET=default
	$(ENV) ctest --preset default -j $(JOBS)

test-asan:
	$(MAKE) build PRESET=asan
	$(ENV) ctest --preset asan -j $(JOBS)

bench:
	$(MAKE) build PRESET=default
	$(ENV) cmake --build --preset default --target bench

# The Debian package, build/$(PRESET)/rexec-desktop_<version>_<arch>.deb (cpack where dpkg-shlibdeps
# sees the libraries the build linked).
package: build
	$(ENV) sh -c 'cd build/$(PRESET) && cpack -G DEB'

# Builds the package, installs it with apt into a fresh minimal Debian 13 root and runs both programs
# from it. A couple of minutes, needs root and the network: not part of `make test` or CI.
package-test:
	JOBS=$(JOBS) packaging/test-deb.sh build/$(PRESET)

clean:
	rm -rf build

format:
	$(ENV) sh -c 'git ls-files "*.cpp" "*.h" | xargs clang-format -i'
