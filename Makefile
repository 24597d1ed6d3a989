# Lotsenportal – the one front door. `make help` lists the targets.
# Every target that reads data takes DATA=<folder> (default: data).

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
DATA    ?= data
SITE    ?= site
export LOTSENPORTAL_DATA := $(abspath $(DATA))
export NO_MKDOCS_2_WARNING := 1
# Build into a fresh folder beside $(SITE), then swap: a failed build leaves $(SITE) as it was.
NEXT    := $(SITE).next
OLD     := $(SITE).old
LOCK    := $(SITE).lock

.DEFAULT_GOAL := help
.PHONY: lock federation publish flyers-pdf chromium check check-external check-html check-weight check-links check-browser help site validate format report translations translations-check translations-stamp schemas new-contact new-project new-einsatzfeld new-meldung serve test lint clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'
	@echo "  Data folder: DATA=$(DATA)"

$(BIN)/.installed: pyproject.toml requirements.lock
	@# Debian's python3 needs python3-venv for `-m venv`; install it when we may.
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
		rm -rf $(VENV); \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); \
		else echo "Bitte zuerst installieren: sudo apt-get install python3-venv" >&2; exit 1; fi; }
	@# Every package (runtime, dev and the build backend) pinned with its hashes; then our own
	@# code, with no further download (setuptools comes from the lock, not from an isolated build).
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# pip-tools runs in a throw-away venv, so the lock never lists itself or depends on .venv.
lock: ## Renew requirements.lock (every dependency of pyproject.toml with hashes) after changing a pin
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet pip-tools
	.lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--all-build-deps --extra dev --no-emit-index-url --no-emit-find-links \
		--output-file requirements.lock pyproject.toml
	rm -rf .lock-venv

# JOBS: processes that build languages side by side (default: one per core; 1 = one mkdocs build).
# Under a lock ($(SITE).lock): build into $(SITE).next, check every internal link, then swap
# it with $(SITE) in one step (renameat2). PUBLISH=1: a build for publishing, which needs the
# public https address (SITE_URL, or url: in $(DATA)/site.yml); else the preview address.
site: $(BIN)/.installed ## Validate, build every language into site/ (in parallel) and check its links (keeps the old site on failure)
	$(BIN)/lotsenportal site --data "$(DATA)" --site "$(SITE)" $(if $(JOBS),--jobs $(JOBS)) $(if $(PUBLISH),--publish)

FEDERATION ?= federation.yml
FEDERATION_SITE ?= site-federation

# Kreise (and the portal) whose inputs did not change come from .cache/federation/ unbuilt.
federation: $(BIN)/.installed ## Several Kreise (FEDERATION=federation.yml): portal + one site per Kreis in site-federation/ (LANG=ar: German + Arabic only; unchanged Kreise from .cache/)
	$(BIN)/lotsenportal federation "$(FEDERATION)" --out "$(FEDERATION_SITE)" --cache .cache/federation $(if $(PREVIEW),--lang $(PREVIEW))

check: $(BIN)/.installed chromium ## Every quality gate on the built site/ (links, privacy, CSP, accessibility; ~15 min)
	$(BIN)/lotsenportal check --site "$(SITE)"

check-links: $(BIN)/.installed ## Internal links and anchors of every language
	$(BIN)/lotsenportal check links --site "$(SITE)"

check-html: $(BIN)/.installed chromium ## Valid HTML on every page (Nu validator; needs Java)
	$(BIN)/lotsenportal check html --site "$(SITE)"

check-weight: $(BIN)/.installed chromium ## First visit of a typical page within the weight budget
	$(BIN)/lotsenportal check weight --site "$(SITE)"

check-browser: $(BIN)/.installed chromium ## Every page in Chromium: third-party requests, cookies, CSP, axe-core
	$(BIN)/lotsenportal check browser --site "$(SITE)"

check-external: $(BIN)/.installed ## External links of the built site (cache, retries, per-host pause; report in reports/)
	$(BIN)/lotsenportal check-external --data "$(DATA)" --site "$(SITE)"

flyers-pdf: $(BIN)/.installed chromium ## Every flyer (project × language) as an A4 PDF in flyer-pdf/, printed by Chromium from site/
	$(BIN)/lotsenportal flyers --site "$(SITE)" --out flyer-pdf

publish: $(BIN)/.installed ## Build for the public address (SITE_URL or url: in site.yml), check links, swap into DEST=<folder> atomically
	@test -n "$(DEST)" || { echo "Bitte geben Sie das Ziel an: make publish DEST=<Ordner>" >&2; exit 1; }
	$(MAKE) --no-print-directory site PUBLISH=1
	$(BIN)/lotsenportal publish --data "$(DATA)" --site "$(SITE)" --dest "$(DEST)"

# FORMAT=github: also ::error/::warning lines, so GitHub shows them on the changed lines.
validate: $(BIN)/.installed ## Check the data folder; prints file:line:col for every problem (the one gate for data/)
	$(BIN)/lotsenportal validate --data "$(DATA)" $(if $(FORMAT),--format $(FORMAT))

# The form of the data files, never their content: line endings, BOM, trailing spaces and the
# final newline (the loader accepts them all; this keeps diffs small). CHECK=1: change nothing,
# name the files it would change (CI shows this as a warning).
format: $(BIN)/.installed ## Tidy the data files' line endings, trailing spaces and last line (content and comments stay)
	$(BIN)/lotsenportal format --data "$(DATA)" $(if $(CHECK),--check)

schemas: $(BIN)/.installed ## Renew the JSON Schemas editors use (data/schemas/) and the schema line of each data file
	$(BIN)/lotsenportal schemas --data "$(DATA)"

report: $(BIN)/.installed ## Print and save (reports/datenbericht.md) what is stale, unpublished or missing
	$(BIN)/lotsenportal report --data "$(DATA)"

translations: $(BIN)/.installed ## Bring the translation catalogs (data/locale/, locale/) in step with the German texts; status per language
	$(BIN)/lotsenportal translations --data "$(DATA)"

translations-stamp: $(BIN)/.installed ## Translated hand-written pages (docs/<lang>/): record the German page's fingerprint (LANG=xx STATUS=reviewed after review)
	$(BIN)/lotsenportal translations stamp --data "$(DATA)" $(if $(PREVIEW),--lang $(PREVIEW)) $(if $(STATUS),--status $(STATUS))

translations-check: $(BIN)/.installed ## Change nothing; fail when a catalog is not in step with the German texts (CI)
	$(BIN)/lotsenportal translations --check --data "$(DATA)"

new-contact: $(BIN)/.installed ## New contact person: asks for name, organisation, role, phone, e-mail, consent (or ARGS="--name … --published …")
	$(BIN)/lotsenportal new kontakt --data "$(DATA)" $(ARGS)

new-project: $(BIN)/.installed ## New Lotsen project (or ARGS="--title … --organisation … --summary …")
	$(BIN)/lotsenportal new projekt --data "$(DATA)" $(ARGS)

new-einsatzfeld: $(BIN)/.installed ## New field of work (or ARGS="--title … --summary … --description … --icon …")
	$(BIN)/lotsenportal new einsatzfeld --data "$(DATA)" $(ARGS)

new-meldung: $(BIN)/.installed ## New news item: asks for date, title, summary, text, source (or ARGS="--date … --title … --summary … --body …")
	$(BIN)/lotsenportal new meldung --data "$(DATA)" $(ARGS)

# `make serve LANG=ar`: only a LANG given on the command line counts, not the locale setting.
PREVIEW := $(if $(filter command line,$(origin LANG)),$(LANG))

serve: $(BIN)/.installed ## Live preview on http://127.0.0.1:8000 (reloads on edits in data/); LANG=ar: German and Arabic only, faster
	LOTSENPORTAL_ONLY="$(PREVIEW)" $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(BIN)/.installed lint chromium ## Run the whole test suite (after make lint; checks the translation catalogs are in step)
	$(BIN)/lotsenportal translations --check --data "$(DATA)"
	$(BIN)/python -m pytest

chromium: ## Debian's Chromium (browser tests), a Java runtime (HTML validator), gettext (msgfmt --check of the catalogs) and poppler-utils (the flyer PDFs read back), installed with apt-get when missing
	@command -v chromium >/dev/null && command -v java >/dev/null && command -v msgfmt >/dev/null && command -v pdftoppm >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium default-jre-headless gettext poppler-utils; \
		else echo "Tests brauchen Chromium, Java, gettext und poppler-utils: sudo apt-get install chromium default-jre-headless gettext poppler-utils" >&2; exit 1; fi; }

# The data folder has one gate, `make validate`; yamllint only checks the labels and fixtures.
lint: $(BIN)/.installed ## yamllint on the labels and test fixtures, ruff and mypy on the code and the benchmark
	$(BIN)/yamllint --strict overrides/strings tests/fixtures
	$(BIN)/ruff check scripts tests bench
	$(BIN)/ruff format --check scripts tests bench
	$(BIN)/mypy scripts/lotsenportal bench

clean: ## Remove built output and generated pages
	rm -rf $(SITE) $(NEXT) $(OLD) $(LOCK)
	for d in docs/*/; do rm -rf $$d/index.md $$d/einsatzfelder $$d/projekte $$d/orte $$d/kontakte $$d/aktuelles; done

.PHONY: screenshots
screenshots: $(BIN)/.installed chromium ## The README's screenshots (.github/screenshots/, 360×740) from the built site/
	$(BIN)/python scripts/readme_screenshots.py --site "$(SITE)"

# ProperDocs (a continuation of MkDocs 1.x, requirements-properdocs.lock) beside the venv's
# packages, not in them: its dependencies are MkDocs's own, already installed from the lock.
PROPERDOCS := $(VENV)/properdocs

$(PROPERDOCS)/.installed: requirements-properdocs.lock $(BIN)/.installed
	rm -rf $(PROPERDOCS)
	$(BIN)/python -m pip install --quiet --no-deps --only-binary :all: --require-hashes \
		--target $(PROPERDOCS) -r requirements-properdocs.lock
	touch $@

# Both engines build the same sources for the same SOURCE_DATE_EPOCH (the last commit) into
# $(SITE).mkdocs and $(SITE).properdocs; lotsenportal.checks.site_compare then wants the same bytes in
# every file (only a `<meta name="generator">` may differ).
.PHONY: properdocs-check
properdocs-check: $(PROPERDOCS)/.installed ## Build with MkDocs and with ProperDocs 1.x (downloads it once) and compare both sites byte for byte (not part of make test)
	rm -rf "$(SITE).mkdocs" "$(SITE).properdocs"
	export SOURCE_DATE_EPOCH="$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}" && \
	SITE_DIR="$(abspath $(SITE)).mkdocs" $(BIN)/python -m mkdocs build --strict --quiet && \
	SITE_DIR="$(abspath $(SITE)).properdocs" PYTHONPATH="$(abspath $(PROPERDOCS))" \
		$(BIN)/python -m properdocs build --strict --quiet
	$(BIN)/python -m lotsenportal.checks.site_compare "$(SITE).mkdocs" "$(SITE).properdocs"

.PHONY: bench
bench: $(BIN)/.installed ## Benchmark on invented data (SIZES=htk,5kreise,hessen,hessen-federation; PROFILE=1: share of time in page rendering); results in bench/ (not part of make test)
	$(BIN)/python -m bench $(if $(SIZES),--sizes $(SIZES)) $(if $(PROFILE),--profile) --out bench/results.json
