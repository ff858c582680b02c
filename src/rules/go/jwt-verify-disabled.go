package auth

import "github.com/golang-jwt/jwt/v5"

func parse(tok string, key []byte) {
	// ruleid: go.jwt-verify-disabled
	t1, _, _ := jwt.NewParser().ParseUnverified(tok, jwt.MapClaims{})
	// ruleid: go.jwt-verify-disabled
	t2, _ := jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) {
		return key, nil
	})
	// ruleid: go.jwt-verify-disabled
	t3, _ := jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) { return jwt.UnsafeAllowNoneSignatureType, nil })
	// ok: go.jwt-verify-disabled
	t4, _ := jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, jwt.ErrSignatureInvalid
		}
		return key, nil
	})
	// ok: go.jwt-verify-disabled
	t5, _ := jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) { return key, nil }, jwt.WithValidMethods([]string{"HS256"}))
	_, _, _, _, _ = t1, t2, t3, t4, t5
}
