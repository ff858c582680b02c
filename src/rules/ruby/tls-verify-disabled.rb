require "net/http"

def fetch(uri)
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ruleid: ruby.tls-verify-disabled
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  # ruleid: ruby.tls-verify-disabled
  RestClient::Request.execute(method: :get, url: uri.to_s, verify_ssl: false)
  # ruleid: ruby.tls-verify-disabled
  conn = Faraday.new(url: uri.to_s, ssl: { verify: false })
  # ruleid: ruby.tls-verify-disabled
  HTTParty.get(uri.to_s, verify: false, ssl_verify_mode: :none)
  # ok: ruby.tls-verify-disabled
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  # ok: ruby.tls-verify-disabled
  conn = Faraday.new(url: uri.to_s, ssl: { ca_file: "/etc/ssl/internal-ca.pem" })
  # ok: ruby.tls-verify-disabled
  form = FormBuilder.new(verify: false)
end
