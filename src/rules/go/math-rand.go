package sim

import (
	// ok: go.math-rand
	"crypto/rand"
	// ruleid: go.math-rand
	"math/rand"
)
