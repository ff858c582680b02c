package hashing

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
)

func digests(data, key []byte) {
	// ruleid: go.weak-hash
	a := md5.Sum(data)
	// ruleid: go.weak-hash
	h := sha1.New()
	// ruleid: go.weak-hash
	c := crypto.MD5.New()
	// ok: go.weak-hash
	good := sha256.Sum256(data)
	// ok: go.weak-hash
	mac := hmac.New(sha256.New, key)
	_, _, _, _, _ = a, h, c, good, mac
}
