// ruleid: secrets.jwt
const token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQxIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzE4MDAwMDAwfQ.MyXHCabM6JOF8EFd0Nhcy-1kGD2VD-eR1UYzaLiA-zN";
// ruleid: secrets.jwt
fetch(url, { headers: { Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQxIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzE4MDAwMDAwfQ.MyXHCabM6JOF8EFd0Nhcy-1kGD2VD-eR1UYzaLiA-zN" } });
// ok: secrets.jwt
const demo = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
// ok: secrets.jwt
const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
// ok: secrets.jwt
const unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiI4ODQxIn0.";
