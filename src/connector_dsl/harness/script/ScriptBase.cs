// The surface a connector's script.csx is compiled against, written for connector-dsl from
// the facts Microsoft documents in "Write code in a custom connector"
// (https://learn.microsoft.com/connectors/custom-connectors/write-code, section "Definition of
// supporting classes and interfaces"): the class is abstract and named ScriptBase; it has a
// read-only Context (IScriptContext) and CancellationToken, a static CreateJsonContent(string)
// that returns StringContent, and an abstract ExecuteAsync() returning
// Task<HttpResponseMessage>. IScriptContext has CorrelationId, OperationId, Request, Logger and
// SendAsync(HttpRequestMessage, CancellationToken). Only the setters (internal, so a script cannot
// call them) are the harness's own: the host fills them in before ExecuteAsync runs.
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public abstract class ScriptBase
{
    public IScriptContext Context { get; internal set; }

    public CancellationToken CancellationToken { get; internal set; }

    public static StringContent CreateJsonContent(string serializedJson)
    {
        return new StringContent(serializedJson, Encoding.UTF8, "application/json");
    }

    public abstract Task<HttpResponseMessage> ExecuteAsync();
}

public interface IScriptContext
{
    string CorrelationId { get; }

    string OperationId { get; }

    HttpRequestMessage Request { get; }

    ILogger Logger { get; }

    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}

// Microsoft.Extensions.Logging is not part of Mono: the members scripts usually call on
// Context.Logger (Log, IsEnabled and the LogX helpers, with or without an exception), with
// messages collected by the host. Microsoft's own ILogger is wider (generic Log<TState>,
// BeginScope); scripts calling those do not compile here.
namespace Microsoft.Extensions.Logging
{
    using System;

    public enum LogLevel
    {
        Trace = 0,
        Debug = 1,
        Information = 2,
        Warning = 3,
        Error = 4,
        Critical = 5,
        None = 6,
    }

    public interface ILogger
    {
        void Log(LogLevel logLevel, string message);

        bool IsEnabled(LogLevel logLevel);
    }

    public static class LoggerExtensions
    {
        public static void LogTrace(this ILogger logger, string message, params object[] args)
        {
            logger.Log(LogLevel.Trace, Format(message, args));
        }

        public static void LogDebug(this ILogger logger, string message, params object[] args)
        {
            logger.Log(LogLevel.Debug, Format(message, args));
        }

        public static void LogInformation(this ILogger logger, string message, params object[] args)
        {
            logger.Log(LogLevel.Information, Format(message, args));
        }

        public static void LogWarning(this ILogger logger, string message, params object[] args)
        {
            logger.Log(LogLevel.Warning, Format(message, args));
        }

        public static void LogError(this ILogger logger, string message, params object[] args)
        {
            logger.Log(LogLevel.Error, Format(message, args));
        }

        public static void LogCritical(this ILogger logger, string message, params object[] args)
        {
            logger.Log(LogLevel.Critical, Format(message, args));
        }

        public static void LogWarning(this ILogger logger, Exception exception, string message, params object[] args)
        {
            logger.Log(LogLevel.Warning, Format(message, args) + Describe(exception));
        }

        public static void LogError(this ILogger logger, Exception exception, string message, params object[] args)
        {
            logger.Log(LogLevel.Error, Format(message, args) + Describe(exception));
        }

        public static void LogCritical(this ILogger logger, Exception exception, string message, params object[] args)
        {
            logger.Log(LogLevel.Critical, Format(message, args) + Describe(exception));
        }

        public static void Log(this ILogger logger, LogLevel logLevel, string message, params object[] args)
        {
            logger.Log(logLevel, Format(message, args));
        }

        private static string Describe(Exception exception)
        {
            return exception == null ? string.Empty : " (" + exception.GetType().Name + ": " + exception.Message + ")";
        }

        private static string Format(string message, object[] args)
        {
            if (args == null || args.Length == 0)
            {
                return message;
            }
            // Message templates name their holes ({Id}); number them for string.Format.
            var index = 0;
            var numbered = System.Text.RegularExpressions.Regex.Replace(
                message, "\\{[^{}:]+(:[^{}]*)?\\}", m => "{" + (index++) + m.Groups[1].Value + "}");
            try
            {
                return string.Format(numbered, args);
            }
            catch (FormatException)
            {
                return message;
            }
        }
    }
}
