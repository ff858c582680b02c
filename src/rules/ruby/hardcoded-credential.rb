# ruleid: ruby.hardcoded-credential
API_KEY = "sk_live_51HxT9aKfj2LmQ"

class Mailer
  def initialize
    # ruleid: ruby.hardcoded-credential
    @smtp_password = 'hunter2'
    # ok: ruby.hardcoded-credential
    @password = ENV.fetch("SMTP_PASSWORD")
  end
end

Rails.application.configure do
  # ruleid: ruby.hardcoded-credential
  config.secret_key_base = "3b1f9e8a7c6d5e4f"
end

# ruleid: ruby.hardcoded-credential
db = Mysql2::Client.new(host: "db", username: "app", password: "s3cr3t!")
# ruleid: ruby.hardcoded-credential
headers = { "X-Api-Key" => "a8f5f167f44f4964e6c998dee827110c" }
# ok: ruby.hardcoded-credential
db = Mysql2::Client.new(host: "db", username: "app", password: ENV["DB_PASSWORD"])
# ok: ruby.hardcoded-credential
creds = { password: "<password>", api_key: "YOUR_API_KEY" }
# ok: ruby.hardcoded-credential
password = ""
# ok: ruby.hardcoded-credential
password_field = "user_password"
# ok: ruby.hardcoded-credential
token = "#{prefix}-#{SecureRandom.hex(8)}"

# ruleid: ruby.hardcoded-credential
def connect(user, password = "admin123")
  [user, password]
end
