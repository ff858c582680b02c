package netx

import (
	"crypto/tls"
	"net/http"
)

func clients(pool *x509.CertPool) {
	// ruleid: go.tls-insecure-skip-verify
	insecure := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	cfg := &tls.Config{}
	// ruleid: go.tls-insecure-skip-verify
	cfg.InsecureSkipVerify = true
	// ok: go.tls-insecure-skip-verify
	good := &tls.Config{RootCAs: pool, InsecureSkipVerify: false}
	_, _ = insecure, good
}
