def roll
  # ruleid: ruby.rand
  n = rand(6) + 1
  # ruleid: ruby.rand
  rng = Random.new(42)
  # ok: ruby.rand
  k = SecureRandom.random_number(6)
  [n, rng, k]
end
