# her2nav — two entry points on a fresh machine: `make run` and `make test`.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
UV_VERSION := 0.13.8
UV      := .uv/bin/uv
# Never fetch a Python build: the machine's python3 (3.11) is the interpreter.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3.11
# Debian packages the product needs (OCR, PDF rasterising, PDF fonts incl. CJK, WeasyPrint) and the
# browser the page tests drive with Playwright (Debian's Chromium: browsers are never downloaded);
# Node.js and npm install the pages' browser libraries (package-lock.json). A package counts as there
# when dpkg has it or its command exists (NodeSource's nodejs ships npm and conflicts with Debian's).
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd poppler-utils \
                fonts-noto-cjk fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
                chromium nodejs npm

.PHONY: run test system lint typecheck kb unit examples clean lock

# The pages' browser libraries, served from our own origin (/static/vendor, git-ignored).
VENDOR  := her2nav/web/static/vendor
WEB_LIBS := $(VENDOR)/htmx.min.js

run: system $(STAMP) $(WEB_LIBS)
	$(VENV)/bin/her2nav demo

test: system $(STAMP) $(WEB_LIBS) lint typecheck kb unit

lint: $(STAMP)
	$(VENV)/bin/ruff check her2nav tests bench
	$(VENV)/bin/ruff format --check her2nav tests bench
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy her2nav

kb: $(STAMP)
	$(VENV)/bin/her2nav kb check

unit: $(STAMP) $(WEB_LIBS)
	$(VENV)/bin/pytest

examples: $(STAMP)
	$(PY) ../shared/tools/check-examples ../shared/examples

# Installs whatever Debian package is missing (needs root, as on the project's machines and CI).
system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || command -v $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to install:$$missing" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# uv itself, pinned, in a small venv of its own (.uv); it installs .venv exactly from uv.lock.
$(UV):
	python3 -m venv .uv
	.uv/bin/pip install -q uv==$(UV_VERSION)

# `uv sync --locked` refuses a lock that no longer matches pyproject.toml, and removes whatever the
# lock does not list: every machine gets the same packages. `make lock` refreshes the lock on purpose.
# Modules are compiled at install (as a wheel install does): a shell with PYTHONDONTWRITEBYTECODE
# would otherwise compile every imported module on every start (half of `her2nav review`'s start-up).
$(STAMP): pyproject.toml uv.lock $(UV)
	$(UV) sync --locked --extra dev --compile-bytecode
	$(PY) -m compileall -q her2nav
	touch $(STAMP)

# `npm ci` installs exactly package-lock.json (no install scripts run); the file the pages load is
# copied beside our own static files, so the Content-Security-Policy stays 'self'.
$(WEB_LIBS): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	mkdir -p $(VENDOR)
	cp node_modules/htmx.org/dist/htmx.min.js $(WEB_LIBS)

lock: $(UV)
	$(UV) lock --upgrade

clean:
	rm -rf $(VENV) .uv var .pytest_cache .mypy_cache .ruff_cache node_modules $(VENDOR)
