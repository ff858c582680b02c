package main

import (
	"net/http"
	// ruleid: go.debug-endpoints
	_ "net/http/pprof"

	"github.com/gin-gonic/gin"
)

func main() {
	// ruleid: go.debug-endpoints
	gin.SetMode(gin.DebugMode)
	// ok: go.debug-endpoints
	gin.SetMode(gin.ReleaseMode)
	http.ListenAndServe(":8080", nil)
}
