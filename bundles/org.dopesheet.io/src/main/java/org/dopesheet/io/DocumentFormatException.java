package org.dopesheet.io;

import java.io.IOException;

/**
 * Input that is not a valid document: malformed JSON (with the line and column of the problem)
 * or a well-formed tree whose content does not fit the format (with the JSON path of the
 * offending value, e.g. {@code actions[2].fcurves[0].keyframes[3].interpolation}).
 * <p>
 * The message reads {@code <source>: line <l>, column <c>: <problem>} or
 * {@code <source>: <path>: <problem>}; parts that are unknown are left out.
 */
public class DocumentFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * A content error.
     *
     * @param source  where the tree came from (a file name), or null
     * @param path    JSON path of the offending value, e.g. {@code objects[0].name}; null or empty
     *                for the document as a whole
     * @param problem what is wrong
     */
    public DocumentFormatException(String source, String path, String problem) {
        super(format(source, path, -1, -1, problem));
        this.source = source;
        this.path = path == null || path.isEmpty() ? null : path;
        this.line = -1;
        this.column = -1;
        this.problem = problem;
    }

    /**
     * A syntax (or encoding) error at a position of the text.
     *
     * @param source  where the text came from, or null
     * @param line    1-based line, or -1 when unknown
     * @param column  1-based column, or -1 when unknown
     * @param problem what is wrong
     * @param cause   the underlying parser exception, or null
     */
    public DocumentFormatException(String source, int line, int column, String problem, Throwable cause) {
        super(format(source, null, line, column, problem), cause);
        this.source = source;
        this.path = null;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String source, String path, int line, int column, String problem) {
        StringBuilder b = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            b.append(source).append(": ");
        }
        if (line > 0) {
            b.append("line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
            b.append(": ");
        }
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(problem).toString();
    }

    /** Where the input came from (a file name), or null. */
    public String source() {
        return source;
    }

    /** JSON path of the offending value, or null for syntax errors and document-level problems. */
    public String path() {
        return path;
    }

    /** 1-based line of a syntax error, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column of a syntax error, or -1. */
    public int column() {
        return column;
    }

    /** The problem alone, without source, position or path. */
    public String problem() {
        return problem;
    }
}
