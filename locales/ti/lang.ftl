lang-suggest = ብትግርኛ ኣንብቡ
