git fetch origin
# ok: bash.git-history-rewrite
git push --force-with-lease origin topic
git reset --hard origin/main
# ok: bash.git-history-rewrite
git push --force origin topic
git reset --hard HEAD~2
# ok: bash.git-history-rewrite
git push origin develop
# ruleid: bash.git-history-rewrite
git push --force origin develop
