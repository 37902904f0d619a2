-- peaklint in Neovim 0.7 and later: `:luafile` it, or paste it into init.lua.
-- Written for 0.7-0.9 (no vim.fs, no vim.lsp.start); 0.10+ runs it too, see
-- docs/editors.md for the shorter 0.10 form. One server per project root (the folder
-- of the nearest peaklint.yaml, else of .git, else the file's folder).
local function peaklint_root(buf)
  local name = vim.api.nvim_buf_get_name(buf)
  local dir = name ~= "" and vim.fn.fnamemodify(name, ":p:h") or vim.loop.cwd()
  local config = vim.fn.findfile("peaklint.yaml", dir .. ";")
  if config ~= "" then return vim.fn.fnamemodify(config, ":p:h") end
  local git = vim.fn.finddir(".git", dir .. ";")
  if git ~= "" then return vim.fn.fnamemodify(git, ":p:h:h") end
  return dir
end

local peaklint_clients = {}
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text" },
  callback = function(args)
    local root = peaklint_root(args.buf)
    local id = peaklint_clients[root]
    if id == nil or vim.lsp.get_client_by_id(id) == nil then
      id = vim.lsp.start_client({
        name = "peaklint",
        cmd = { "peaklint", "lsp" },
        root_dir = root,
        init_options = { lang = "zh" },
      })
      peaklint_clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
