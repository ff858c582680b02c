package auth

import (
	"crypto/sha256"
	"golang.org/x/crypto/bcrypt"
)

func hash(password string, body []byte) {
	// ruleid: go.password-fast-hash
	digest := sha256.Sum256([]byte(password))
	// ok: go.password-fast-hash
	good, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	// ok: go.password-fast-hash
	etag := sha256.Sum256(body)
	_, _, _ = digest, good, etag
}
