DicTerm,Hedge
maybe,X
