-- wrk script: POST /match/default with one query per body, cycling through listed and unlisted
-- names (persons and organisations) so that the server screens different names, not one cached path.
local names = {
  {"Person", "Ri Pyeong-chol"}, {"Person", "Maria Garcia Lopez"}, {"Person", "Kim Jong Un"},
  {"Person", "Peter Schmidt"}, {"Person", "Vladimir Vladimirovich Putin"}, {"Person", "Aisha Rahman"},
  {"Person", "Hassan Nasrallah"}, {"Person", "Jean-Luc Moreau"}, {"Person", "Ali Khamenei"},
  {"Person", "Olga Ivanova"}, {"Person", "Viktor Bout"}, {"Person", "Chen Wei"},
  {"Company", "Korea Ryonbong General Corporation"}, {"Company", "Acme Trading Limited"},
  {"Organization", "Hizballah"}, {"Company", "Northern Lights Shipping LLC"},
}
local bodies = {}
for i, n in ipairs(names) do
  bodies[i] = string.format('{"queries":{"q1":{"schema":"%s","properties":{"name":["%s"]}}}}', n[1], n[2])
end
local key = os.getenv("ARGUS_KEY") or ""
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/match/default", {
    ["Content-Type"] = "application/json", ["Authorization"] = "ApiKey " .. key }, bodies[i])
end
