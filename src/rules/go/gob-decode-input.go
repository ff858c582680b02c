package rpc

import (
	"encoding/gob"
	"net/http"
	"os"
)

func handle(w http.ResponseWriter, r *http.Request) {
	var msg Message
	// ruleid: go.gob-decode-input
	gob.NewDecoder(r.Body).Decode(&msg)
	f, _ := os.Open("cache.gob")
	// ok: go.gob-decode-input
	gob.NewDecoder(f).Decode(&msg)
}
