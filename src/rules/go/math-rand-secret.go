package auth

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/rand"
)

// ruleid: go.math-rand-secret
func GenerateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func issue(u *User) {
	// ruleid: go.math-rand-secret
	otp := rand.Intn(900000) + 100000
	// ruleid: go.math-rand-secret
	u.ResetToken = hex.EncodeToString([]byte{byte(rand.Int63())})
	// ok: go.math-rand-secret
	jitter := rand.Intn(100)
	buf := make([]byte, 32)
	// ok: go.math-rand-secret
	crand.Read(buf)
	_, _ = otp, jitter
}

// ok: go.math-rand-secret
func GenerateSessionID() string {
	b := make([]byte, 16)
	crand.Read(b)
	return hex.EncodeToString(b)
}
