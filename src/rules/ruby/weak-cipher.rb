def encryptors(key)
  # ruleid: ruby.weak-cipher
  des = OpenSSL::Cipher.new("des-ede3-cbc")
  # ruleid: ruby.weak-cipher
  ecb = OpenSSL::Cipher.new("aes-128-ecb")
  # ruleid: ruby.weak-cipher
  rc4 = OpenSSL::Cipher::RC4.new
  # ruleid: ruby.weak-cipher
  aes_ecb = OpenSSL::Cipher::AES.new(128, :ECB)
  # ok: ruby.weak-cipher
  gcm = OpenSSL::Cipher.new("aes-256-gcm")
  # ok: ruby.weak-cipher
  cbc = OpenSSL::Cipher::AES.new(256, :GCM)
end
