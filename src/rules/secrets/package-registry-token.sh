# ruleid: secrets.package-registry-token
echo "//registry.npmjs.org/:_authToken=npm_EAvstqVVPqzPptEJQzhkPkenG5ZFJoC6vWCB" > ~/.npmrc
# ok: secrets.package-registry-token
echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
# ok: secrets.package-registry-token
npm install npm_lifecycle_event
