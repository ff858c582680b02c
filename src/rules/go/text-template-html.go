package web

import (
	"net/http"
	"os"
	// ruleid: go.text-template-html
	"text/template"
)

func Page(w http.ResponseWriter, r *http.Request) {
	t := template.Must(template.New("p").Parse("<h1>{{.}}</h1>"))
	t.Execute(w, r.FormValue("name"))
	// ok: go.text-template-html
	os.Getenv("HOME")
}
