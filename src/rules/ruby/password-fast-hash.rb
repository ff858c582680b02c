class User
  def set_password(password)
    # ruleid: ruby.password-fast-hash
    self.password_digest = Digest::SHA256.hexdigest(password)
    # ruleid: ruby.password-fast-hash
    self.legacy = Digest::MD5.hexdigest(salt + params[:password])
    # ok: ruby.password-fast-hash
    self.password_digest = BCrypt::Password.create(password)
    # ok: ruby.password-fast-hash
    self.etag = Digest::SHA256.hexdigest(body)
  end
end
