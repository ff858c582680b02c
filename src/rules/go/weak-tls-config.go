package netx

import "crypto/tls"

func configs() []*tls.Config {
	return []*tls.Config{
		// ruleid: go.weak-tls-config
		{MinVersion: tls.VersionTLS10},
		// ruleid: go.weak-tls-config
		{CipherSuites: []uint16{tls.TLS_RSA_WITH_RC4_128_SHA}},
		// ok: go.weak-tls-config
		{MinVersion: tls.VersionTLS12},
	}
}
