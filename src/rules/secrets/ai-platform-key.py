from openai import OpenAI
# ruleid: secrets.ai-platform-key
client = OpenAI(api_key="sk-proj-G3uhkWKFLf6xuI5aHUQPFeNBTxaQWk8JzFalHlsZT3BlbkFJfYcMMDktXP-tKsf2rcDkdfrUnW5gcF_Ha6ili8Gj")
# ruleid: secrets.ai-platform-key
ANTHROPIC_API_KEY = "sk-ant-api03-HEAD6-Wj9KfzjsQGMrb9h_ImB_LK777pzNk8cL6j5IXAAjlsHUqJoUD-_Ydua_5ZMs1SWOpQaPRYpzbLGViYXjU2JgJngKtAA"
# ruleid: secrets.ai-platform-key
HF_TOKEN = "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"
# ok: secrets.ai-platform-key
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
# ok: secrets.ai-platform-key
key = "sk-..."
# ok: secrets.ai-platform-key
hf = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
