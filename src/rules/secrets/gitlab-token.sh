# ruleid: secrets.gitlab-token
export GITLAB_TOKEN=glpat-ORS-6ilI8ihN5KXSc7Tv
# ok: secrets.gitlab-token
export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx
# ok: secrets.gitlab-token
export GITLAB_TOKEN="$CI_JOB_TOKEN"
