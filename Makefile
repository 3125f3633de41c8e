# her2nav — two entry points on a fresh machine: `make run` and `make test`.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
# Debian packages the product needs at run time (OCR, PDF rasterising, PDF fonts incl. CJK, WeasyPrint).
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim poppler-utils \
                fonts-noto-cjk fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0

.PHONY: run test system lint typecheck kb unit examples clean

run: system $(STAMP)
	$(VENV)/bin/her2nav demo

test: system $(STAMP) lint typecheck kb unit

lint: $(STAMP)
	$(VENV)/bin/ruff check her2nav tests bench
	$(VENV)/bin/ruff format --check her2nav tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy her2nav

kb: $(STAMP)
	$(VENV)/bin/her2nav kb check

unit: $(STAMP)
	$(VENV)/bin/pytest

examples: $(STAMP)
	$(PY) ../shared/tools/check-examples ../shared/examples

# Installs whatever Debian package is missing (needs root, as on the project's machines and CI).
system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to install:$$missing" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
