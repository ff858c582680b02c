package web

import (
	"io"
	"net/http"
	"net/url"
)

func Proxy(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.ssrf
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err != nil {
		return
	}
	io.Copy(w, resp.Body)
}

func Fetch(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	// ruleid: go.ssrf
	req, _ := http.NewRequest("GET", target, nil)
	http.DefaultClient.Do(req)
}

func Checked(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	u, _ := url.Parse(target)
	if !allowedHosts[u.Hostname()] {
		return
	}
	// ok: go.ssrf
	http.Get(target)
	// ok: go.ssrf
	http.Get("https://api.example.com/status")
}
