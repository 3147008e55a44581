package org.dopesheet.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dopesheet.operator.Invocation;
import org.dopesheet.operator.OperatorException;
import org.dopesheet.shell.ShellException;

/**
 * Operator property arguments of the shell: {@code name=value} tokens whose values are Python
 * literals as in the text form ({@link Invocation#parseValue}): {@code 0.01}, {@code True},
 * {@code 'text'}, {@code [1, 2]}; a bare word such as {@code SELECT} is an enum identifier
 * (string).
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Parses {@code name=value} arguments in order.
     *
     * @param operatorId the operator the arguments are for (messages)
     * @param args       the arguments as Gogo passes them (strings, or objects whose
     *                   {@code toString()} is such a token)
     * @throws ShellException     for a token that is not {@code name=value} or a repeated name
     * @throws OperatorException  of kind SYNTAX for a value that is not a literal, naming the
     *                            argument
     */
    public static Map<String, Object> parse(String operatorId, List<?> args) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object arg : args) {
            if (arg == null) {
                throw new ShellException(operatorId + ": an argument is null; expected name=value");
            }
            String token = arg.toString();
            int eq = token.indexOf('=');
            String name = eq < 0 ? token : token.substring(0, eq).trim();
            if (eq < 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ShellException(operatorId + ": expected an argument of the form name=value, got '" + token
                        + "' (e.g. threshold=0.01, action=SELECT, channels=True)");
            }
            if (out.containsKey(name)) {
                throw new ShellException(operatorId + ": property '" + name + "' given twice");
            }
            String text = token.substring(eq + 1);
            try {
                out.put(name, Invocation.parseValue(text));
            } catch (OperatorException e) {
                throw new OperatorException(OperatorException.Kind.SYNTAX, operatorId, operatorId + ": argument '"
                        + token + "': " + e.getMessage()
                        + (text.chars().anyMatch(Character::isWhitespace)
                                ? "; quote strings that are not single words: name=\"'a b'\"" : ""), e);
            }
        }
        return out;
    }
}
