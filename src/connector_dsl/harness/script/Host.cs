// connector-dsl's host for a connector's script.csx: reads requests as JSON on stdin (one a
// line), runs Script.ExecuteAsync for each with Context.SendAsync sending to the real endpoint,
// and prints each final response (and every request the script sent) as one line of JSON.
//
// stdin:  {"operationId", "correlationId", "limitMs",
//          "request": {"method", "url", "headers": [[name, value]], "body": base64 | null}}
// stdout: {"sent": [request...], "response": {"status", "reason", "headers", "body"} | null,
//          "error": {"kind": "timeout" | "exception", "type", "message", "trace"} | null,
//          "elapsedMs", "logs": [{"level", "message"}]}
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ConnectorDsl.ScriptHost
{
    internal sealed class CollectingLogger : ILogger
    {
        public readonly JArray Entries = new JArray();

        public void Log(LogLevel logLevel, string message)
        {
            lock (this.Entries)
            {
                this.Entries.Add(new JObject { ["level"] = logLevel.ToString(), ["message"] = message });
            }
        }

        public bool IsEnabled(LogLevel logLevel)
        {
            return logLevel != LogLevel.None;
        }
    }

    internal sealed class HostContext : IScriptContext
    {
        private static readonly HttpClient Client = new HttpClient(
            new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        public readonly JArray Sent = new JArray();
        private readonly CollectingLogger logger = new CollectingLogger();

        public HostContext(string correlationId, string operationId, HttpRequestMessage request)
        {
            this.CorrelationId = correlationId;
            this.OperationId = operationId;
            this.Request = request;
        }

        public string CorrelationId { get; private set; }

        public string OperationId { get; private set; }

        public HttpRequestMessage Request { get; private set; }

        public ILogger Logger
        {
            get { return this.logger; }
        }

        public JArray Logs
        {
            get { return this.logger.Entries; }
        }

        public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var record = new JObject
            {
                ["method"] = request.Method.Method,
                ["url"] = request.RequestUri == null ? null : request.RequestUri.AbsoluteUri,
                ["headers"] = Program.Headers(request.Headers, request.Content),
                ["body"] = null,
            };
            if (request.Content != null)
            {
                var bytes = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                record["body"] = Convert.ToBase64String(bytes);
            }
            lock (this.Sent)
            {
                this.Sent.Add(record);
            }
            var response = await Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
            return response;
        }
    }

    internal static class Program
    {
        private static readonly HashSet<string> ContentHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Location",
            "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
        };

        public static JArray Headers(System.Net.Http.Headers.HttpHeaders headers, HttpContent content)
        {
            var list = new JArray();
            foreach (var header in headers)
            {
                foreach (var value in header.Value)
                {
                    list.Add(new JArray(header.Key, value));
                }
            }
            if (content != null)
            {
                foreach (var header in content.Headers)
                {
                    foreach (var value in header.Value)
                    {
                        list.Add(new JArray(header.Key, value));
                    }
                }
            }
            return list;
        }

        private static HttpRequestMessage ReadRequest(JObject data)
        {
            var request = new HttpRequestMessage(new HttpMethod((string)data["method"]), (string)data["url"]);
            var body = data["body"];
            if (body != null && body.Type == JTokenType.String)
            {
                request.Content = new ByteArrayContent(Convert.FromBase64String((string)body));
            }
            foreach (var pair in (JArray)data["headers"] ?? new JArray())
            {
                var name = (string)pair[0];
                var value = (string)pair[1];
                if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (ContentHeaders.Contains(name))
                {
                    if (request.Content != null)
                    {
                        request.Content.Headers.Remove(name);
                        request.Content.Headers.TryAddWithoutValidation(name, value);
                    }
                    continue;
                }
                request.Headers.TryAddWithoutValidation(name, value);
            }
            return request;
        }

        private static async Task<JObject> ReadResponse(HttpResponseMessage response)
        {
            var result = new JObject
            {
                ["status"] = (int)response.StatusCode,
                ["reason"] = response.ReasonPhrase ?? string.Empty,
                ["headers"] = Headers(response.Headers, response.Content),
                ["body"] = null,
            };
            if (response.Content != null)
            {
                var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                result["body"] = Convert.ToBase64String(bytes);
            }
            return result;
        }

        private static JObject Failure(string kind, Exception error)
        {
            while (error is AggregateException && error.InnerException != null)
            {
                error = error.InnerException;
            }
            return new JObject
            {
                ["kind"] = kind,
                ["type"] = error == null ? null : error.GetType().FullName,
                ["message"] = error == null ? null : error.Message,
                ["trace"] = error == null ? null : error.StackTrace,
            };
        }

        // The namespaces a script can reach, one a line: the harness checks the qualified names
        // a script writes (System.Reflection.Assembly) against the allowed list with them.
        private static void PrintNamespaces()
        {
            var assemblies = new[]
            {
                typeof(object).Assembly, typeof(Uri).Assembly, typeof(System.Linq.Enumerable).Assembly,
                typeof(HttpClient).Assembly, typeof(System.Xml.XmlDocument).Assembly,
                typeof(System.Xml.Linq.XDocument).Assembly, typeof(JObject).Assembly, typeof(ScriptBase).Assembly,
            };
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var assembly in assemblies)
            {
                foreach (var type in assembly.GetTypes())
                {
                    var name = type.Namespace;
                    while (!string.IsNullOrEmpty(name))
                    {
                        names.Add(name);
                        var dot = name.LastIndexOf('.');
                        name = dot < 0 ? null : name.Substring(0, dot);
                    }
                }
            }
            foreach (var name in names)
            {
                Console.Out.WriteLine(name);
            }
        }

        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--namespaces")
            {
                PrintNamespaces();
                return 0;
            }
            var stdout = Console.Out;
            var stdin = Console.In;
            // What the script prints must not mix with the answers.
            Console.SetOut(TextWriter.Null);
            string line;
            while ((line = stdin.ReadLine()) != null)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                JObject answer;
                try
                {
                    answer = Run(JObject.Parse(line));
                }
                catch (Exception error)
                {
                    answer = new JObject { ["error"] = Failure("host", error) };
                }
                stdout.WriteLine(answer.ToString(Newtonsoft.Json.Formatting.None));
                stdout.Flush();
            }
            // A script still running after its limit must not keep the process alive.
            Environment.Exit(0);
            return 0;
        }

        private static JObject Run(JObject input)
        {
            var output = new JObject { ["response"] = null, ["error"] = null };
            var limit = TimeSpan.FromMilliseconds((double)input["limitMs"]);
            var context = new HostContext(
                (string)input["correlationId"], (string)input["operationId"], ReadRequest((JObject)input["request"]));
            var clock = Stopwatch.StartNew();
            var cancel = new CancellationTokenSource(limit);
            try
            {
                var script = new Script();
                script.Context = context;
                script.CancellationToken = cancel.Token;
                var run = Task.Run(() => script.ExecuteAsync());
                if (!run.Wait(limit))
                {
                    output["error"] = new JObject { ["kind"] = "timeout" };
                }
                else if (run.Result == null)
                {
                    output["error"] = new JObject
                    {
                        ["kind"] = "exception",
                        ["type"] = "null",
                        ["message"] = "ExecuteAsync returned null instead of a response",
                    };
                }
                else
                {
                    output["response"] = ReadResponse(run.Result).GetAwaiter().GetResult();
                }
            }
            catch (Exception error)
            {
                // Cancelled by the time limit's token: Power Platform stops it as too slow.
                output["error"] = cancel.IsCancellationRequested
                    ? new JObject { ["kind"] = "timeout" }
                    : Failure("exception", error);
            }
            output["elapsedMs"] = clock.ElapsedMilliseconds;
            lock (context.Sent)
            {
                output["sent"] = new JArray(context.Sent);
            }
            lock (context.Logs)
            {
                output["logs"] = new JArray(context.Logs);
            }
            return output;
        }
    }
}
