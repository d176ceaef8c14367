import type { RuleMeta } from '../../types';

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/routes/uploads.js', code: 'const multer = require("multer");\nconst upload = multer({ dest: "uploads/" });\nrouter.post("/avatar", upload.single("avatar"), saveAvatar);\n' },
    { file: 'src/upload.ts', code: 'import multer from "multer";\nconst storage = multer.diskStorage({\n  destination: (req, file, cb) => cb(null, "public/uploads"),\n  filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),\n});\nexport const upload = multer({ storage });\n' },
    { file: 'src/api/import.js', code: 'import formidable from "formidable";\nexport async function handler(req, res) {\n  const form = formidable({ uploadDir: "./data/imports", keepExtensions: true });\n  const [fields, files] = await form.parse(req);\n}\n' },
    { file: 'mysite/settings/production.py', code: 'from .base import *\n\nDEFAULT_FILE_STORAGE = "django.core.files.storage.FileSystemStorage"\nMEDIA_ROOT = "/srv/media"\n' },
    { file: 'mysite/settings.py', code: 'STORAGES = {\n    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},\n    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},\n}\n' },
    { file: 'config/environments/production.rb', code: 'Rails.application.configure do\n  config.active_storage.service = :local\n  config.force_ssl = true\nend\n' },
    { file: 'config/environments/staging.rb', code: 'require_relative "production"\n\nRails.application.configure do\n  config.active_storage.service = :local\nend\n' },
    { file: '.env.production', code: 'APP_ENV=production\nFILESYSTEM_DISK=local\n' },
    { file: '.env', code: 'APP_ENV=production\nFILESYSTEM_DISK=public\n', workspace: { git: 'tracked' } },
    { file: 'src/main/java/com/acme/web/UploadController.java', code: 'package com.acme.web;\n\nimport java.io.File;\nimport org.springframework.web.multipart.MultipartFile;\n\n@RestController\nclass UploadController {\n  @PostMapping("/upload")\n  void upload(@RequestParam MultipartFile file) throws IOException {\n    file.transferTo(new File("/data/uploads/" + file.getOriginalFilename()));\n  }\n}\n' },
    { file: 'src/main/java/com/acme/files/FileService.java', code: 'package com.acme.files;\n\nimport java.nio.file.Paths;\nimport org.springframework.web.multipart.MultipartFile;\n\nclass FileService {\n  void store(MultipartFile file) throws IOException {\n    file.transferTo(Paths.get(uploadDir, file.getOriginalFilename()));\n  }\n}\n' },
    { file: 'Controllers/UploadController.cs', code: 'public class UploadController : Controller\n{\n    [HttpPost]\n    public async Task<IActionResult> Upload(IFormFile file)\n    {\n        var path = Path.Combine("wwwroot", "uploads", file.FileName);\n        using var stream = new FileStream(path, FileMode.Create);\n        await file.CopyToAsync(stream);\n        return Ok();\n    }\n}\n' },
    { file: 'Services/AvatarService.cs', code: 'public class AvatarService\n{\n    public async Task Save(IFormFile avatar, string name)\n    {\n        await avatar.CopyToAsync(File.Create(Path.Combine(_root, name)));\n    }\n}\n' },
    { file: 'internal/api/avatar.go', code: 'package api\n\nimport "github.com/gin-gonic/gin"\n\nfunc UploadAvatar(c *gin.Context) {\n\tfile, _ := c.FormFile("avatar")\n\tc.SaveUploadedFile(file, "uploads/"+file.Filename)\n}\n' },
    {
      file: 'internal/api/upload.go',
      code: 'package api\n\nimport (\n\t"io"\n\t"net/http"\n\t"os"\n\t"path/filepath"\n)\n\nfunc Upload(w http.ResponseWriter, r *http.Request) {\n\tsrc, header, err := r.FormFile("file")\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer src.Close()\n\tdst, err := os.Create(filepath.Join(dataDir, header.Filename))\n\tif err != nil {\n\t\treturn\n\t}\n\tdefer dst.Close()\n\tio.Copy(dst, src)\n}\n',
    },
    { file: 'internal/api/report.go', code: 'package api\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc Save(w http.ResponseWriter, name string, body []byte) {\n\tos.WriteFile("/var/app/uploads/"+name, body, 0o644)\n}\n' },
    { file: 'cmd/server/main.go', code: 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.Handle("/files/", http.StripPrefix("/files/", http.FileServer(http.Dir("./uploads"))))\n\thttp.ListenAndServe(":8080", nil)\n}\n' },
    { file: 'internal/api/fiber.go', code: 'package api\n\nimport "github.com/gofiber/fiber/v2"\n\nfunc Upload(c *fiber.Ctx) error {\n\tfile, err := c.FormFile("document")\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn c.SaveFile(file, "./uploads/"+file.Filename)\n}\n' },
  ],
  valid: [
    // A framework's saver: where the file goes is its caller's choice (gin's own SaveUploadedFile).
    {
      file: 'context.go',
      code: 'package gin\n\nimport (\n\t"io"\n\t"mime/multipart"\n\t"net/http"\n\t"os"\n)\n\nfunc (c *Context) FormFile(name string) (*multipart.FileHeader, error) {\n\t_, fh, err := c.Request.FormFile(name)\n\treturn fh, err\n}\n\nfunc (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string) error {\n\tsrc, err := file.Open()\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer src.Close()\n\tout, err := os.Create(dst)\n\tif err != nil {\n\t\treturn err\n\t}\n\tdefer out.Close()\n\t_, err = io.Copy(out, src)\n\treturn err\n}\n\nvar _ = http.StatusOK\n',
    },
    { file: 'src/routes/uploads.js', code: 'const multer = require("multer");\nconst multerS3 = require("multer-s3");\nconst upload = multer({ storage: multerS3({ s3, bucket: process.env.UPLOAD_BUCKET }) });\n' },
    { file: 'src/upload.ts', code: 'import multer from "multer";\nexport const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5_000_000 } });\n' },
    { file: 'src/upload.js', code: 'import os from "node:os";\nimport multer from "multer";\nconst upload = multer({ dest: os.tmpdir() });\n' },
    { file: 'src/local/multer.js', code: '// multer({ dest: "uploads/" }) would keep files on disk\nconst multer = require("./my-multer");\nmulter({ dest: "uploads/" });\n' },
    { file: 'mysite/settings/production.py', code: 'STORAGES = {\n    "default": {"BACKEND": "storages.backends.s3.S3Storage"},\n    "staticfiles": {"BACKEND": "django.core.files.storage.FileSystemStorage"},\n}\n' },
    { file: 'mysite/settings/local.py', code: 'DEFAULT_FILE_STORAGE = "django.core.files.storage.FileSystemStorage"\n' },
    // Django's own defaults module, which every project's settings override.
    { file: 'django/conf/global_settings.py', code: "# Default file storage mechanism that holds media.\nDEFAULT_FILE_STORAGE = 'django.core.files.storage.FileSystemStorage'\n" },
    { file: 'config/environments/development.rb', code: 'Rails.application.configure do\n  config.active_storage.service = :local\nend\n' },
    { file: 'config/environments/production.rb', code: 'Rails.application.configure do\n  config.active_storage.service = :amazon\nend\n' },
    { file: '.env.example', code: 'FILESYSTEM_DISK=local\n' },
    { file: '.env.production', code: 'FILESYSTEM_DISK=s3\nAWS_BUCKET=app-uploads\n' },
    { file: 'src/main/java/com/acme/web/UploadController.java', code: 'import org.springframework.web.multipart.MultipartFile;\n\nclass UploadController {\n  void upload(MultipartFile file) throws IOException {\n    s3.putObject(request, RequestBody.fromInputStream(file.getInputStream(), file.getSize()));\n  }\n}\n' },
    { file: 'src/main/java/com/acme/io/Exporter.java', code: 'import java.io.File;\n\nclass Exporter {\n  void export(Channel channel) {\n    channel.transferTo(0, size, new File("out.bin"));\n  }\n}\n' },
    { file: 'Controllers/UploadController.cs', code: 'public class UploadController : Controller\n{\n    public async Task<IActionResult> Upload(IFormFile file)\n    {\n        using var stream = file.OpenReadStream();\n        await _blobClient.UploadAsync(stream, overwrite: true);\n        return Ok();\n    }\n}\n' },
    { file: 'Services/ImportService.cs', code: 'public class ImportService\n{\n    public async Task Import(IFormFile file)\n    {\n        var temp = Path.GetTempFileName();\n        using var stream = new FileStream(Path.GetTempFileName(), FileMode.Create);\n        await file.CopyToAsync(stream);\n    }\n}\n' },
      { file: 'internal/api/avatar.go', code: 'package api\n\nimport (\n\t"os"\n\t"path/filepath"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc UploadAvatar(c *gin.Context) {\n\tfile, _ := c.FormFile("avatar")\n\tc.SaveUploadedFile(file, filepath.Join(os.TempDir(), file.Filename))\n}\n' },
    {
      file: 'internal/api/upload.go',
      code: 'package api\n\nimport (\n\t"io"\n\t"net/http"\n\t"os"\n)\n\nfunc Upload(w http.ResponseWriter, r *http.Request) {\n\tsrc, _, _ := r.FormFile("file")\n\ttmp, _ := os.CreateTemp("", "upload-*")\n\tdefer os.Remove(tmp.Name())\n\tio.Copy(tmp, src)\n\tbucket.Upload(r.Context(), tmp)\n}\n',
    },
    { file: 'cmd/server/main.go', code: 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("./static"))))\n}\n' },
    { file: 'cmd/export/main.go', code: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.WriteFile("uploads/report.csv", report(), 0o644)\n}\n' },
    { file: 'internal/api/upload_test.go', code: 'package api\n\nimport "github.com/gin-gonic/gin"\n\nfunc TestUpload(c *gin.Context) {\n\tfile, _ := c.FormFile("avatar")\n\tc.SaveUploadedFile(file, "uploads/"+file.Filename)\n}\n' },
  ],
};
