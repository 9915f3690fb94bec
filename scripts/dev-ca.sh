#!/usr/bin/env bash
# Development PKI for mutual TLS between the platform, the regions and a test consumer (docs/transport-security.md).
# Makes, under DIR (default ./data/pki, gitignored; never commit keys):
#   ca.crt / ca.key                  the dev CA (EC P-256)
#   truststore.p12                   PKCS#12 trust store holding only the dev CA
#   platform.p12                     the platform's function certificate, SERIALNUMBER=<platform id>
#   region-NN.p12                    region NN's function certificate, SERIALNUMBER=SE-REGION-NN
#   consumer-<id>.p12 / .pem         a consumer's client certificate, SERIALNUMBER=<id> (PEM: key + chain, for curl)
# Server and region/platform certificates are valid for serverAuth and clientAuth with SAN localhost and 127.0.0.1,
# as a SITHS function certificate carries the system's HSA-id in the subject's SERIALNUMBER.
# Idempotent: files that exist are kept (delete DIR to start over); prints what it made and what it kept.
#
# Usage: scripts/dev-ca.sh [--dir DIR] [--password PW] [--platform-id ID] [--consumer ID]... [COUNTY...]
#   defaults: --dir ./data/pki --password changeit --platform-id SE-PLATFORM-001 --consumer SE-CONSUMER-001
#             counties 01 14 20 (the demo federation)
set -euo pipefail

dir=./data/pki
password=changeit
platform_id=SE-PLATFORM-001
consumers=()
counties=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --password) password="$2"; shift 2 ;;
    --platform-id) platform_id="$2"; shift 2 ;;
    --consumer) consumers+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "dev-ca: unknown option $1 (see --help)" >&2; exit 2 ;;
    *)
      if ! [[ "$1" =~ ^[0-9][0-9]$ ]]; then echo "dev-ca: county code must be two digits: $1" >&2; exit 2; fi
      counties+=("$1"); shift ;;
  esac
done
[ ${#consumers[@]} -gt 0 ] || consumers=(SE-CONSUMER-001)
[ ${#counties[@]} -gt 0 ] || counties=(01 14 20)
if [ ${#password} -lt 6 ]; then echo "dev-ca: the password must have at least 6 characters (PKCS#12)" >&2; exit 2; fi
command -v openssl >/dev/null || { echo "dev-ca: openssl not found (apt-get install openssl)" >&2; exit 1; }
keytool=$(command -v keytool || true)
[ -n "$keytool" ] || keytool="${JAVA_HOME:-}/bin/keytool"
[ -x "$keytool" ] || { echo "dev-ca: keytool not found (a JDK on PATH or JAVA_HOME)" >&2; exit 1; }

mkdir -p "$dir"
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

made() { echo "dev-ca: made $1"; }
kept() { echo "dev-ca: kept $1 (exists)"; }

if [ -f "$dir/ca.crt" ] && [ -f "$dir/ca.key" ]; then
  kept "$dir/ca.crt"
else
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/ca.key" 2>/dev/null
  openssl req -x509 -new -key "$dir/ca.key" -sha256 -days 3650 -subj "/O=Listning dev/CN=Listning dev CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$dir/ca.crt"
  made "$dir/ca.crt (dev CA, key ca.key)"
fi

if [ -f "$dir/truststore.p12" ]; then
  kept "$dir/truststore.p12"
else
  out=$("$keytool" -importcert -noprompt -alias listning-dev-ca -file "$dir/ca.crt" -keystore "$dir/truststore.p12" \
    -storetype PKCS12 -storepass "$password" 2>&1) || { echo "$out" >&2; exit 1; }
  made "$dir/truststore.p12 (trusts the dev CA)"
fi

# issue NAME CN SERIALNUMBER EKU: a PKCS#12 key store NAME.p12 with key, certificate and the CA
issue() {
  local name=$1 cn=$2 serial=$3 eku=$4
  if [ -f "$dir/$name.p12" ]; then kept "$dir/$name.p12"; return; fi
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$name.key" 2>/dev/null
  openssl req -new -key "$work/$name.key" -subj "/O=Listning dev/CN=$cn/serialNumber=$serial" -out "$work/$name.csr"
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=%s\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n' \
    "$eku" > "$work/$name.ext"
  openssl x509 -req -in "$work/$name.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -set_serial "0x$(openssl rand -hex 12)" \
    -days 825 -sha256 -extfile "$work/$name.ext" -out "$work/$name.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$work/$name.key" -in "$work/$name.crt" -certfile "$dir/ca.crt" -name "$name" \
    -passout "pass:$password" -out "$dir/$name.p12"
  if [ "$eku" = clientAuth ]; then
    cat "$work/$name.key" "$work/$name.crt" "$dir/ca.crt" > "$dir/$name.pem"
    made "$dir/$name.p12 and $name.pem (client, SERIALNUMBER=$serial)"
  else
    made "$dir/$name.p12 (server and client, SERIALNUMBER=$serial, SAN localhost)"
  fi
}

issue platform platform "$platform_id" serverAuth,clientAuth
for county in "${counties[@]}"; do
  issue "region-$county" "region-$county" "SE-REGION-$county" serverAuth,clientAuth
done
for consumer in "${consumers[@]}"; do
  issue "consumer-$consumer" "$consumer" "$consumer" clientAuth
done
echo "dev-ca: key store and trust store password '$password'; files in $dir"
