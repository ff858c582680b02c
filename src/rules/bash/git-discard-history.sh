# ruleid: bash.git-discard-history
git reset --hard HEAD~3
# ruleid: bash.git-discard-history
git reset --hard 3f2a9c1
# ruleid: bash.git-discard-history
git filter-branch --force --index-filter 'git rm --cached --ignore-unmatch secrets.env' --prune-empty -- --all
# ok: bash.git-discard-history
git reset --hard origin/main
# ok: bash.git-discard-history
git reset --soft HEAD~1
# ok: bash.git-discard-history
git revert HEAD
