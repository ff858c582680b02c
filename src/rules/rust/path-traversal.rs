use actix_web::{HttpRequest, HttpResponse};
use std::path::{Path, PathBuf};

async fn download(req: HttpRequest, query: web::Query<Params>) -> HttpResponse {
    // ruleid: rust.path-traversal
    let path = Path::new("./files").join(req.match_info().query("name"));
    // ruleid: rust.path-traversal
    let other = PathBuf::from("/srv/data").join(&query.file);
    // ok: rust.path-traversal
    let fixed = Path::new("./files").join("index.html");
    // ok: rust.path-traversal
    let name = Path::new("./files").join(sanitized_name);
    HttpResponse::Ok().finish()
}
