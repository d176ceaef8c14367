#!/usr/bin/env bash
# Fetches the non-JavaScript noise corpora for `npm run bench:noise`: real
# Python, Go, Java, Ruby, PHP and C# that nobody on the project wrote, from
# Debian packages (apt-get download, unpacked with dpkg-deb: no runtime,
# JDK or maintainer script is installed) and, for C#, from npm packages that
# ship C# sources (npm pack). Each package is unpacked into its own folder:
#   $FACTORGUARD_NOISE_CORPORA/<corpus>/<package>/...
# (default ~/.cache/factorguard-noise-corpora), which bench/noise-corpus.mjs
# reads. Usage: bench/install-corpora.sh [corpus...]   (default: all of them)
# Needs apt-get (run `apt-get update` first on a fresh machine) and npm.
set -euo pipefail

DEST="${FACTORGUARD_NOISE_CORPORA:-$HOME/.cache/factorguard-noise-corpora}"

declare -A DEBIAN=(
  [python]="python3-django python3-flask python3-werkzeug python3-requests python3-gunicorn python3-celery"
  [go]="golang-1.19-src golang-github-gin-gonic-gin-dev golang-github-labstack-echo-dev golang-github-go-chi-chi-dev golang-github-gorilla-mux-dev golang-github-gorilla-websocket-dev golang-github-spf13-viper-dev golang-github-spf13-cobra-dev golang-github-sirupsen-logrus-dev"
  [java]="openjdk-17-source"
  [ruby]="ruby-railties ruby-actionpack ruby-activerecord ruby-activesupport ruby-actionmailer ruby-activejob ruby-actioncable ruby-sinatra ruby-rack ruby-sidekiq ruby-faraday ruby-redis ruby-grape ruby-devise"
  [php]="$(printf 'php-illuminate-%s ' auth broadcasting bus cache config console container cookie database encryption events filesystem hashing http log mail notifications pagination queue redis routing session support translation validation view) php-symfony-http-foundation php-symfony-http-kernel php-symfony-mailer php-symfony-framework-bundle php-monolog php-guzzlehttp-guzzle"
)
# npm packages whose tarballs carry real C# (Edge.js's CLR bridge, Unity packages).
NPM_CSHARP="edge-js com.neuecc.unirx com.crowdin.unity-plugin com.github.asus4.onnxruntime"
# openjdk-17-source ships one src.zip of every module; the corpus takes the
# networking, logging, HTTP server, SQL and JNDI parts, not the whole JDK.
JAVA_PARTS="java.base/java/net/* java.base/javax/net/* java.base/sun/net/* java.logging/* jdk.httpserver/* java.net.http/* java.sql/* java.naming/* java.rmi/* jdk.jfr/jdk/jfr/internal/*"

debian() {
  local corpus=$1 pkg tmp
  tmp=$(mktemp -d); chmod 777 "$tmp" # apt-get download writes as _apt
  for pkg in ${DEBIAN[$corpus]}; do
    if [ -d "$DEST/$corpus/$pkg" ]; then echo "$corpus: $pkg already there"; continue; fi
    if ! (cd "$tmp" && apt-get download -q "$pkg" >/dev/null); then
      echo "$corpus: cannot download $pkg (run apt-get update?), skipped" >&2; continue
    fi
    rm -rf "$DEST/$corpus/$pkg.partial" "$DEST/$corpus/$pkg.src"
    mkdir -p "$DEST/$corpus/$pkg.partial"
    dpkg-deb -x "$tmp"/"${pkg}"_*.deb "$DEST/$corpus/$pkg.partial"
    rm -f "$tmp"/"${pkg}"_*.deb
    if [ "$pkg" = openjdk-17-source ]; then
      local zip
      zip=$(find "$DEST/$corpus/$pkg.partial" -name src.zip | head -1)
      mkdir -p "$DEST/$corpus/$pkg.src"
      # shellcheck disable=SC2086 # the parts are unzip patterns
      (cd "$DEST/$corpus/$pkg.src" && unzip -q "$zip" $JAVA_PARTS)
      rm -rf "$DEST/$corpus/$pkg.partial"
      mv "$DEST/$corpus/$pkg.src" "$DEST/$corpus/$pkg.partial"
    fi
    mv "$DEST/$corpus/$pkg.partial" "$DEST/$corpus/$pkg"
    echo "$corpus: $pkg"
  done
  rm -rf "$tmp"
}

csharp() {
  local pkg tmp tarball
  tmp=$(mktemp -d); chmod 777 "$tmp" # apt-get download writes as _apt
  for pkg in $NPM_CSHARP; do
    if [ -d "$DEST/csharp/$pkg" ]; then echo "csharp: $pkg already there"; continue; fi
    tarball=$(cd "$tmp" && npm pack --silent "$pkg" | tail -1)
    rm -rf "$DEST/csharp/$pkg.partial"
    mkdir -p "$DEST/csharp/$pkg.partial"
    tar -xzf "$tmp/$tarball" -C "$DEST/csharp/$pkg.partial" --strip-components=1
    mv "$DEST/csharp/$pkg.partial" "$DEST/csharp/$pkg"
    echo "csharp: $pkg"
  done
  rm -rf "$tmp"
}

for tool in apt-get dpkg-deb unzip npm; do
  command -v "$tool" >/dev/null || { echo "install-corpora: $tool is missing (unzip: apt-get install -y unzip)" >&2; exit 1; }
done

corpora=("$@")
[ ${#corpora[@]} -eq 0 ] && corpora=(python go java ruby php csharp)
for c in "${corpora[@]}"; do
  case $c in
    csharp) csharp ;;
    python|go|java|ruby|php) debian "$c" ;;
    *) echo "unknown corpus $c (python go java ruby php csharp)" >&2; exit 2 ;;
  esac
done
echo "corpora in $DEST"
