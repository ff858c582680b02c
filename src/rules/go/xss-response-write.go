package web

import (
	"fmt"
	"html"
	"io"
	"net/http"
)

func Search(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.xss-response-write
	fmt.Fprintf(w, "<p>No results for %s</p>", r.URL.Query().Get("q"))
	// ruleid: go.xss-response-write
	w.Write([]byte("<h1>" + r.FormValue("title") + "</h1>"))
	// ok: go.xss-response-write
	fmt.Fprintf(w, "<p>No results for %s</p>", html.EscapeString(r.URL.Query().Get("q")))
	// ok: go.xss-response-write
	fmt.Fprintln(w, "ok")
}

func Hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.xss-response-write
	io.WriteString(w, name)
}
