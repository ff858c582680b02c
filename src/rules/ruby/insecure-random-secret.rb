class User
  def reset!
    # ruleid: ruby.insecure-random-secret
    self.reset_token = (0...32).map { ("a".."z").to_a[rand(26)] }.join
    # ruleid: ruby.insecure-random-secret
    @api_key = Random.new.bytes(16).unpack1("H*")
    # ok: ruby.insecure-random-secret
    self.reset_token = SecureRandom.urlsafe_base64(32)
    # ok: ruby.insecure-random-secret
    delay = rand(0.5..1.5)
  end

  # ruleid: ruby.insecure-random-secret
  def generate_otp
    Array.new(6) { rand(10) }.join
  end

  # ok: ruby.insecure-random-secret
  def pick_colour
    %w[red green blue].sample
  end
end
