require "digest"
require "openssl"

def fingerprint(data)
  # ruleid: ruby.weak-hash
  Digest::MD5.hexdigest(data)
end

def legacy(data)
  # ruleid: ruby.weak-hash
  sha = OpenSSL::Digest::SHA1.new
  # ruleid: ruby.weak-hash
  other = OpenSSL::Digest.new("sha1")
  # ok: ruby.weak-hash
  good = Digest::SHA256.hexdigest(data)
  # ok: ruby.weak-hash
  also = OpenSSL::Digest.new("SHA256")
end
